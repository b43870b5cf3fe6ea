//! 安全参数配置 — security parameter configuration (hongtu-aiot-openapi.txt).
