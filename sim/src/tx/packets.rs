//! Seeded packets for the builder: valid ones of every opcode with payload sizes a path MTU
//! allows, and the ways a sender gets it wrong (refused descriptors, short or long payloads).

use super::testbench::Packet;
use crate::models::tx_builder::TxDescriptor;
use crate::rx::frames::payload_len;
use crate::stimulus::TestRng;
use nic_hdl::roce::tx_builder::MAX_PAYLOAD;
use nic_hdl::roce::wire::{opcode_info, PATH_MTUS};
use rand::Rng;

/// A descriptor for `opcode` with `payload_length` and every other field random.
pub fn descriptor(rng: &mut TestRng, opcode: u8, payload_length: usize) -> TxDescriptor {
    TxDescriptor {
        dst_mac: rng.gen::<u64>() >> 16,
        src_mac: rng.gen::<u64>() >> 16,
        src_ip: rng.gen(),
        dst_ip: rng.gen(),
        ip_dscp: rng.gen_range(0..64),
        ip_ecn: rng.gen_range(0..4),
        udp_src_port: rng.gen(),
        opcode,
        solicited: rng.gen(),
        mig_req: rng.gen(),
        pkey: rng.gen(),
        fecn: rng.gen(),
        becn: rng.gen(),
        dest_qp: rng.gen_range(0..1 << 24),
        ack_req: rng.gen(),
        psn: rng.gen_range(0..1 << 24),
        reth_va: rng.gen(),
        reth_rkey: rng.gen(),
        reth_dma_length: rng.gen(),
        aeth_syndrome: rng.gen(),
        aeth_msn: rng.gen_range(0..1 << 24),
        immdt: rng.gen(),
        ieth_rkey: rng.gen(),
        deth_qkey: rng.gen(),
        deth_src_qp: rng.gen_range(0..1 << 24),
        payload_length,
    }
}

/// A valid packet for `opcode` (a payload length its rule allows at a random path MTU, random
/// bytes, junk past the end of the last beat).
pub fn valid(rng: &mut TestRng, opcode: u8, max_payload: usize) -> Packet {
    let info = opcode_info(opcode).expect("a supported opcode");
    let mtu = PATH_MTUS[rng.gen_range(0..PATH_MTUS.len())];
    let length = payload_len(rng, info.rule, mtu, max_payload);
    let payload: Vec<u8> = (0..length).map(|_| rng.gen()).collect();
    Packet::new(descriptor(rng, opcode, length), &payload, rng.gen())
}

/// What was done to a packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    /// An opcode the builder does not know, a payload over 4096 bytes, or one on an ACK.
    Refused,
    /// The payload stream ends early / runs on.
    Short,
    Long,
}

/// A random packet: mostly valid, `fault_percent` of them with a fault.
pub fn random(rng: &mut TestRng, max_payload: usize, fault_percent: u32) -> (Packet, Fault) {
    let opcodes = nic_hdl::roce::wire::OPCODES;
    let opcode = opcodes[rng.gen_range(0..opcodes.len())].0;
    let mut packet = valid(rng, opcode, max_payload);
    if rng.gen_range(0..100) >= fault_percent {
        return (packet, Fault::None);
    }
    match rng.gen_range(0..3) {
        0 => {
            match rng.gen_range(0..3) {
                0 => packet.desc.opcode = [0x12, 0x13, 0x14, 0x15, 0x18, 0x80, 0xFF][rng.gen_range(0..7)],
                1 => packet.desc.payload_length = rng.gen_range(MAX_PAYLOAD as usize + 1..8192),
                _ => {
                    packet.desc.opcode = 0x11;
                    packet.desc.payload_length = rng.gen_range(1..64);
                }
            }
            // The stream carries what the descriptor announces (dropped with it).
            let beats = packet.desc.payload_length.div_ceil(8).min(600);
            packet.payload = (0..beats).map(|_| rng.gen()).collect();
            (packet, Fault::Refused)
        }
        1 if packet.payload.len() >= 2 => {
            let keep = rng.gen_range(1..packet.payload.len());
            packet.payload.truncate(keep);
            (packet, Fault::Short)
        }
        _ if !packet.payload.is_empty() => {
            let extra = rng.gen_range(1..4);
            packet.payload.extend((0..extra).map(|_| rng.gen::<[u8; 8]>()));
            (packet, Fault::Long)
        }
        _ => (packet, Fault::None),
    }
}
