//! 考勤设备管理 — attendance devices (hongtu-aiot-openapi.txt).
