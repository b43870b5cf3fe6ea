//! 结构化、车辆管控布控 — structured and vehicle surveillance control (hongtu-aiot-openapi.txt).
