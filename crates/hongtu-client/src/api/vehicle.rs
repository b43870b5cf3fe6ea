//! 车辆基础信息 — vehicle base information (hongtu-aiot-openapi.txt).
