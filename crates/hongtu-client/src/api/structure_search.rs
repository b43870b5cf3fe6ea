//! 结构化检索 — structured search (hongtu-aiot-openapi.txt).
