//! 出勤调整管理 — attendance adjustments (hongtu-aiot-openapi.txt).
