//! 功能配置 — system function configuration (hongtu-aiot-openapi.txt).
