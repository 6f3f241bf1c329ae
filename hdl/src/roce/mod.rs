//! RoCEv2 on the wire: format facts, the ICRC engine, the receive parser and the packet builder.

pub mod ack_tracker;
pub mod completion_slot;
pub mod crc32;
pub mod frame_planner;
pub mod header_beat;
pub mod icrc_check;
pub mod icrc_inserter;
pub mod icrc_layout;
pub mod ipv4_checksum;
pub mod opcode_table;
pub mod rc;
pub mod rc_requester;
pub mod rc_responder;
pub mod read_data_pass;
pub mod replay_copier;
pub mod replay_mover;
pub mod requester_context;
pub mod rx_descriptor;
pub mod rx_header_checks;
pub mod rx_icrc;
pub mod rx_parser;
pub mod rx_payload;
pub mod rx_verdict;
pub mod tx_builder;
pub mod wire;
pub mod xor_network;
