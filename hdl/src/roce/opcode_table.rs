//! The supported opcodes (`wire::OPCODES`) as a ROM for the RTL, with the layout each implies
//! worked out at elaboration time, so no arithmetic follows the lookup.

use super::wire::{self, OPCODES};
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

/// What the parser and the builder need to know about an opcode, looked up in a ROM (all zero: unsupported),
/// with the layout it implies worked out ahead.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct OpcodeEntry {
    pub supported: Bit,
    /// [`PayloadRule`] as its discriminant.
    pub rule: Bits<2>,
    pub reth: Bit,
    pub aeth: Bit,
    pub immdt: Bit,
    pub ieth: Bit,
    pub deth: Bit,
    /// IPv4 length of the packet without payload and pad.
    pub overhead: Bits<7>,
    /// The beat holding the last header byte (and the first payload byte), and its lane.
    pub header_end_beat: Bits<4>,
    pub payload_lane: Bits<4>,
}

/// [`OPCODES`] as a ROM addressed by the opcode.
pub fn opcode_rom() -> ROM<OpcodeEntry, 8> {
    let mut table = BTreeMap::new();
    for (code, info) in OPCODES {
        let header_end = wire::EXT_OFFSET + info.ext_len();
        table.insert(
            (code as u64).to_bits(),
            OpcodeEntry {
                supported: true,
                rule: (info.rule as u64).to_bits(),
                reth: info.reth,
                aeth: info.aeth,
                immdt: info.immdt,
                ieth: info.ieth,
                deth: info.deth,
                overhead: ((wire::IP_OVERHEAD + info.ext_len()) as u64).to_bits(),
                header_end_beat: (((header_end - 1) / 8) as u64).to_bits(),
                payload_lane: ((header_end % 8) as u64).to_bits(),
            },
        );
    }
    ROM::new(table)
}
