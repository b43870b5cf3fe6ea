//! 门禁设备告警 — door device alarms (hongtu-aiot-openapi.txt).
