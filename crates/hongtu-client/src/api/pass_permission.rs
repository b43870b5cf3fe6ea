//! 通行权限管理 — pass permissions (hongtu-aiot-openapi.txt).
