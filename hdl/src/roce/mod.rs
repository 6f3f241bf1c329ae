//! The RoCEv2 receive path: wire-format facts, the ICRC engine and the header parser.

pub mod crc32;
pub mod icrc_check;
pub mod icrc_layout;
pub mod opcode_table;
pub mod rx_parser;
pub mod wire;
pub mod xor_network;
