//! 车辆管控记录 — vehicle control records (hongtu-aiot-openapi.txt).
