"""The 文书 of a case: issued (numbered in the bureau's per-year, per-kind series), kept, rendered as PDF/DOCX."""

from complaints.documents.service import issue, issued_documents, render

__all__ = ["issue", "issued_documents", "render"]
