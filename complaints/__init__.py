"""Domain: short-weight (缺斤短两) complaints. No HTTP here; the channels are miniapp_api/ and admin_api/.

- assessment.py: the preliminary verdict from the versioned tables in data/ (附表1/附表2, 允许短缺量 T)
- deadlines.py:  which regulation applies (总局令第20号 / 第121号), time limits as policy data, working days
- service.py:    filing (idempotent, rate-limited, content-checked), the workflow, reads, public_status for the bot
- notify.py:     subscribe-message quota granted by users and status-change notifications (arq jobs)
- media.py:      photo content checks through mediaCheckAsync (signed links, wxa_media_check verdicts)
- photos.py:     evidence photos checked by content, re-encoded without metadata, stored under random names
- stats.py:      statistics, merchant/market histories (诚信计量 credit input), CSV export
- jobs.py:       the arq functions and the periodic sweep
"""
