//! End-to-end scenarios live in tests/; they drive the real nicctl binary.
