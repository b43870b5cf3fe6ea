//! 运维管理 — maintenance (hongtu-aiot-openapi.txt).
