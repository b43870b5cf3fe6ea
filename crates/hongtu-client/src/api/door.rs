//! 门禁点管理 — door points (hongtu-aiot-openapi.txt).
