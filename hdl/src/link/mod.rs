//! The links between the NIC and the storage controllers.

pub mod message;
