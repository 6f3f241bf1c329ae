//! Plain-Rust reference models: the oracles the RTL is compared with, cycle by cycle.

pub mod axis;
pub mod control_plane;
pub mod dispatcher;
pub mod gmii_rx;
pub mod gmii_tx;
pub mod icrc;
pub mod ipv4;
pub mod power;
pub mod host_requester;
pub mod rc_responder;
pub mod rgmii;
pub mod skid_buffer;
pub mod rx_parser;
pub mod tx_builder;
