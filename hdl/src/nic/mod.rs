//! The NIC core around the transport: the dispatcher, the QP table and the shared connectors.

pub mod capsule_receiver;
pub mod connector;
pub mod connector_pair;
pub mod dispatcher;
pub mod failover_supervisor;
pub mod nvme_registers;
pub mod qp_table;
