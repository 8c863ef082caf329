"""Masking of personal data for lists, logs and other people's eyes."""


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    digits = phone.strip()
    if len(digits) >= 7:
        return f"{digits[:3]}****{digits[-4:]}"
    return "*" * len(digits)
