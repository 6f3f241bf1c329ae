//! Seeded RoCEv2 frames: valid ones of every supported opcode (correct lengths, IPv4 checksum and
//! ICRC), and the ways a frame goes wrong on the wire or in a buggy sender.

use crate::models::icrc::{icrc, icrc_bytes};
use crate::models::ipv4::ipv4_checksum;
use crate::stimulus::TestRng;
use nic_hdl::roce::wire::{self, PayloadRule, OPCODES};
use rand::seq::SliceRandom;
use rand::Rng;

/// A frame as the MAC hands it over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub bytes: Vec<u8>,
    /// `tuser` on the last beat.
    pub mac_error: bool,
}

/// Rewrites the IPv4 checksum and the ICRC of an untagged IPv4 frame after its fields changed.
pub fn reseal(frame: &mut [u8]) {
    frame[24..26].fill(0);
    let checksum = ipv4_checksum(&frame[14..34]);
    frame[24..26].copy_from_slice(&checksum.to_be_bytes());
    let ip_end = (wire::ETH_LEN + u16::from_be_bytes([frame[16], frame[17]]) as usize).min(frame.len());
    if ip_end >= wire::EXT_OFFSET + wire::ICRC_LEN {
        if let Ok(crc) = icrc(&frame[..ip_end - wire::ICRC_LEN]) {
            frame[ip_end - wire::ICRC_LEN..ip_end].copy_from_slice(&icrc_bytes(crc));
        }
    }
}

/// A valid frame carrying `opcode` with `payload_len` bytes, random everything else.
pub fn valid_frame(rng: &mut TestRng, opcode: u8, payload_len: usize, pkey: u16) -> Vec<u8> {
    let info = wire::opcode_info(opcode).expect("a supported opcode");
    let pad = (4 - payload_len % 4) % 4;
    let ip_len = wire::IP_OVERHEAD + info.ext_len() + payload_len + pad;
    let mut f = Vec::with_capacity(wire::ETH_LEN + ip_len);
    f.extend((0..12).map(|_| rng.gen::<u8>()));
    f.extend(wire::ETHERTYPE_IPV4.to_be_bytes());
    f.extend([0x45, rng.gen()]);
    f.extend((ip_len as u16).to_be_bytes());
    f.extend(rng.gen::<u16>().to_be_bytes());
    f.extend([if rng.gen() { 0x40 } else { 0x00 }, 0x00, rng.gen(), wire::IP_PROTOCOL_UDP]);
    f.extend([0, 0]);
    f.extend((0..8).map(|_| rng.gen::<u8>()));
    f.extend(rng.gen::<u16>().to_be_bytes());
    f.extend(wire::ROCEV2_UDP_PORT.to_be_bytes());
    f.extend(((ip_len - wire::IPV4_LEN) as u16).to_be_bytes());
    f.extend(rng.gen::<u16>().to_be_bytes());
    // BTH: the P_Key's membership bit is free (only the low 15 bits are compared).
    f.extend([opcode, (rng.gen::<u8>() & 0xC0) | (pad as u8) << 4]);
    f.extend((pkey & 0x7FFF | rng.gen::<u16>() & 0x8000).to_be_bytes());
    f.push(rng.gen());
    f.extend(&rng.gen::<u32>().to_be_bytes()[1..]);
    f.push(rng.gen::<u8>() & 0x80 | rng.gen::<u8>() & 0x7F);
    f.extend(&rng.gen::<u32>().to_be_bytes()[1..]);
    f.extend((0..info.ext_len() + payload_len + pad).map(|_| rng.gen::<u8>()));
    f.extend([0; 4]);
    reseal(&mut f);
    if f.len() < wire::MIN_FRAME && rng.gen_ratio(3, 4) {
        f.resize(wire::MIN_FRAME, 0);
    }
    f
}

/// A payload length `rule` allows, biased to the interesting ends.
pub fn payload_len(rng: &mut TestRng, rule: PayloadRule, mtu: usize, max: usize) -> usize {
    let cap = mtu.min(max);
    let any = |rng: &mut TestRng, lo: usize| match rng.gen_range(0..6) {
        0 => lo,
        1 => cap,
        2 => rng.gen_range(lo..=cap.min(lo + 16)),
        _ => rng.gen_range(lo..=cap),
    };
    match rule {
        PayloadRule::Empty => 0,
        PayloadRule::ExactlyMtu => mtu,
        PayloadRule::OneToMtu => any(rng, 1),
        PayloadRule::UpToMtu => any(rng, 0),
    }
}

/// A valid frame of a random supported opcode.
pub fn random_valid(rng: &mut TestRng, pkey: u16, mtu: usize, max_payload: usize) -> Vec<u8> {
    let (opcode, info) = *OPCODES.choose(rng).unwrap();
    let len = payload_len(rng, info.rule, mtu, max_payload);
    valid_frame(rng, opcode, len, pkey)
}

/// What was done to a frame (for failure messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corruption {
    None,
    BitFlip,
    Truncate,
    HeaderField,
    ExtraBytes,
    MacError,
}

/// Damages `frame` in one of the ways a wire or a sender does; header changes are resealed half
/// the time so the header check, not the ICRC, has to catch them.
pub fn corrupt(rng: &mut TestRng, frame: &mut Frame) -> Corruption {
    let f = &mut frame.bytes;
    match rng.gen_range(0..10) {
        0 | 1 => {
            let bit = rng.gen_range(0..f.len() * 8);
            f[bit / 8] ^= 1 << (bit % 8);
            Corruption::BitFlip
        }
        2 | 3 => {
            // Often at a header boundary, or anywhere.
            let cut = if rng.gen() {
                *[0, 1, 6, 12, 14, 15, 16, 20, 24, 33, 34, 38, 40, 41, 42, 43, 46, 47, 48, 53, 54, 55, 57, 58, 62, 69, 70, 73, 74]
                    .choose(rng)
                    .unwrap()
            } else {
                rng.gen_range(0..f.len())
            };
            f.truncate(cut.max(1));
            Corruption::Truncate
        }
        4..=6 => {
            mutate_header(rng, f);
            if rng.gen() && f.len() >= 34 {
                reseal(f);
            }
            Corruption::HeaderField
        }
        7 => {
            let n = rng.gen_range(1..=12);
            f.extend((0..n).map(|_| rng.gen::<u8>()));
            Corruption::ExtraBytes
        }
        _ => {
            frame.mac_error = true;
            Corruption::MacError
        }
    }
}

fn set16(f: &mut [u8], at: usize, v: u16) {
    f[at..at + 2].copy_from_slice(&v.to_be_bytes());
}

fn mutate_header(rng: &mut TestRng, f: &mut [u8]) {
    match rng.gen_range(0..13) {
        0 => set16(f, 12, *[wire::ETHERTYPE_VLAN, wire::ETHERTYPE_QINQ, wire::ETHERTYPE_IPV6, 0x0806, rng.gen()].choose(rng).unwrap()),
        1 => f[14] = *[0x46, 0x4F, 0x44, 0x65, 0x55, rng.gen()].choose(rng).unwrap(),
        2 => set16(f, 20, *[0x2000, 0x0001, 0x20B9, 0x1FFF].choose(rng).unwrap()),
        3 => f[23] = *[6, 1, 0, rng.gen()].choose(rng).unwrap(),
        4 => f[24] ^= 1 << rng.gen_range(0..8),
        5 => set16(f, 36, *[4790, 4792, 0, rng.gen()].choose(rng).unwrap()),
        6 => f[43] = f[43] & 0xF0 | rng.gen_range(1..16),
        7 => f[42] = rng.gen(),
        8 => set16(f, 44, rng.gen()),
        9 => {
            let len = u16::from_be_bytes([f[16], f[17]]);
            set16(f, 16, len.wrapping_add(*[1, 4, 0xFFFC, 0xFFFF, 8].choose(rng).unwrap()));
        }
        10 => {
            let len = u16::from_be_bytes([f[38], f[39]]);
            set16(f, 38, len.wrapping_add(*[1, 4, 0xFFFC].choose(rng).unwrap()));
        }
        11 => f[43] ^= 0x30,
        _ => f[rng.gen_range(0..f.len().min(74))] = rng.gen(),
    }
}
