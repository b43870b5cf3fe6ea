//! 设备管理 — devices (hongtu-aiot-openapi.txt).
