//! 考勤统计管理 — attendance statistics (hongtu-aiot-openapi.txt).
