//! 组织管理 — organisations (hongtu-aiot-openapi.txt).
