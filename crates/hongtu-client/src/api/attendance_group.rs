//! 考勤组管理 — attendance groups (hongtu-aiot-openapi.txt).
