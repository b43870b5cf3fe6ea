//! 时间计划管理 — time plans (hongtu-aiot-openapi.txt).
