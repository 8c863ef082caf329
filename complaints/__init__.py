"""Domain: short-weight (缺斤短两) complaints. No HTTP here; the channels are miniapp_api/ and admin_api/.

- assessment.py: the preliminary verdict from the versioned tables in data/ (附表1/附表2, 允许短缺量 T)
- deadlines.py:  which regulation applies (总局令第20号 / 第121号), time limits as policy data, working days
- filing.py:     filing as named stages: idempotency, the request's photos, checks, assessment, persist, follow-ups
- kinds.py:      the kinds of case (民生计量) and the 举报 kinds, each with its facts schema
- identity.py:   the complainant's name, phone, address: required, named when missing, masked
- intake_assessment.py, intake_grounds.py: the one entry to a kind's assessment; refusal/termination grounds
- reports.py:    the 举报 track's policy (decision limit, reward note); registration12315.py: 12315 fields
- documents/:    文书 numbered per year and kind, rendered as PDF/DOCX; staff_facts.py: per-kind staff records
- service.py:    the workflow, reads, public_status for the bot
- notify.py:     status-change notifications (arq jobs), sent through core.subscribe_sender
- media.py:      photo content checks through mediaCheckAsync (signed links, wxa_media_check verdicts)
- photos.py:     evidence photos checked by content, re-encoded without metadata, stored under random names
- stats.py:      statistics, merchant/market histories (诚信计量 credit input), CSV export
- jobs.py:       the arq functions and the periodic sweep
"""
