//! 组管理 — groups (hongtu-aiot-openapi.txt).
