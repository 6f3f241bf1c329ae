//! The NIC core around the transport: the dispatcher, the QP table and the shared connectors.

pub mod dispatcher;
