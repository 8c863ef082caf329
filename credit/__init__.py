"""诚信计量 and 智慧监管: businesses' self-commitments, 示范单位 awards, 双随机 inspections and the credit record.

No HTTP here: the channels (miniapp_api, admin_api, console) call these services. Complaints and appointments
data is reached only through their `credit_feed` modules.
"""
