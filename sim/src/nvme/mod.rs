//! NVMe over Fabrics at the message level: the shared namespace, the controllers (targets behind
//! controller links), the hosts (initiators), the NIC's connector model between them, and the
//! fabric that wires them with random delays.

pub mod admin;
pub mod cm;
pub mod connector;
pub mod controller;
pub mod fabric;
pub mod host;
pub mod links;
pub mod measure;
pub mod namespace;
pub mod rdma_cm;
pub mod replay;
pub mod nic_core_rtl;
pub mod connector_pair_rtl;
pub mod scenarios;
pub mod station;
