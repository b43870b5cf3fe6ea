//! 人员管理 — persons (hongtu-aiot-openapi.txt).
