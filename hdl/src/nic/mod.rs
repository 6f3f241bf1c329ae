//! The NIC core: the receive queue and router, the dispatcher, the QP table and the shared
//! connectors, the work-request arbiter and the transmit multiplexer around the RC transport.

pub mod capsule_receiver;
pub mod connector;
pub mod connector_counter_bank;
pub mod connector_engine;
pub mod connector_pair;
pub mod controller_intake;
pub mod dispatcher;
pub mod failover_supervisor;
pub mod link_emitter;
pub mod link_reader;
pub mod nic_core;
pub mod nvme_registers;
pub mod outstanding_slots;
pub mod qp_table;
pub mod read_table;
pub mod roce_registers;
pub mod rx_frame_queue;
pub mod rx_router;
pub mod supervisor_requests;
pub mod sweeper;
pub mod tx_mux;
pub mod work_request_issuer;
pub mod write_mover;
pub mod wr_arbiter;
