//! 视频监控 — video surveillance (hongtu-aiot-openapi.txt).
