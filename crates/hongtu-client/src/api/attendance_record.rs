//! 考勤记录管理 — attendance records (hongtu-aiot-openapi.txt).
