//! 规则管理 — rules (hongtu-aiot-openapi.txt).
