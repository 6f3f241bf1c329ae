//! The board's receive self-test image (`nic_hdl::board::self_test_image`), made by the reference
//! models: the seeded frame generators of `rx::frames` and the parser model decide what the
//! parser must report for every frame. `sim/tests/board.rs` checks that the committed image is
//! this one (`NIC_BLESS=1` rewrites it).

use crate::models::rx_parser::{parse, ParserConfig};
use crate::rx::frames::{corrupt, reseal, valid_frame, Frame};
use crate::stimulus::{rng, TestRng};
use nic_hdl::board::self_test_image::{ExpectedFrame, ImageFrame, SelfTestImage};
use nic_hdl::board::{SELF_TEST_PATH_MTU, SELF_TEST_PKEY};
use nic_hdl::roce::wire;

/// The seed of the image's random fields.
pub const IMAGE_SEED: u64 = 0x5E1F_7E57;

/// Where the committed image lives, from this crate.
pub const IMAGE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../hdl/self_test/rx.txt");

pub const IMAGE_HEADER: &str = "The board's receive self-test: frames for the parser and what the reference model says of each.
Made by nic_sim::board::rx_self_test_image (seed 0x5E1F7E57); rewrite it with
`NIC_BLESS=1 cargo test -p nic-sim --test board`. Do not edit by hand.";

/// The parser's configuration on the board.
pub fn board_parser_config() -> ParserConfig {
    ParserConfig { pkey: SELF_TEST_PKEY, path_mtu: SELF_TEST_PATH_MTU as usize }
}

/// The frames: one valid frame of each kind the NIC meets, then each way a frame goes wrong
/// that the parser names (directed), then a few random corruptions.
pub fn rx_self_test_frames() -> Vec<Frame> {
    let mut rng = rng(IMAGE_SEED);
    let pkey = SELF_TEST_PKEY;
    let valid = |rng: &mut TestRng, opcode: u8, len: usize| valid_frame(rng, opcode, len, pkey);
    let mut frames = Vec::new();
    let mut push = |bytes: Vec<u8>, mac_error: bool| frames.push(Frame { bytes, mac_error });
    // Accepted: an NVMe command capsule (SEND Only of an SQE), a SEND Last, an ACK, a READ
    // Response, an RDMA WRITE Only, a READ Request, a SEND with Invalidate, one byte.
    push(valid(&mut rng, 0x04, 64), false);
    push(valid(&mut rng, 0x02, 13), false);
    push(valid(&mut rng, 0x11, 0), false);
    push(valid(&mut rng, 0x10, 40), false);
    push(valid(&mut rng, 0x0A, 24), false);
    push(valid(&mut rng, 0x0C, 0), false);
    push(valid(&mut rng, 0x17, 16), false);
    push(valid(&mut rng, 0x04, 1), false);
    // Dropped, one cause each.
    let mut f = valid(&mut rng, 0x04, 32);
    f[60] ^= 0x01; // a payload bit: ICRC
    push(f, false);
    push(valid(&mut rng, 0x04, 8), true); // MAC error
    let mut f = valid(&mut rng, 0x04, 8);
    f[12..14].copy_from_slice(&wire::ETHERTYPE_VLAN.to_be_bytes());
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f[12..14].copy_from_slice(&wire::ETHERTYPE_IPV6.to_be_bytes());
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f[24] ^= 0xFF; // IPv4 header checksum
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f[20] |= 0x20; // more fragments
    reseal(&mut f);
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f[36..38].copy_from_slice(&4792u16.to_be_bytes()); // UDP port
    reseal(&mut f);
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f[wire::BTH_OFFSET] = 0x1F; // no such opcode
    reseal(&mut f);
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f[wire::BTH_OFFSET + 2..wire::BTH_OFFSET + 4].copy_from_slice(&0x1234u16.to_be_bytes()); // P_Key
    reseal(&mut f);
    push(f, false);
    let mut f = valid(&mut rng, 0x04, 8);
    f.truncate(40); // headers cut short
    push(f, false);
    push(valid(&mut rng, 0x11, 0)[..50].to_vec(), false);
    for _ in 0..3 {
        let mut frame = Frame { bytes: valid(&mut rng, 0x04, 16), mac_error: false };
        corrupt(&mut rng, &mut frame);
        push(frame.bytes, frame.mac_error);
    }
    frames
}

/// The bytes of a word that `keep` keeps, as a mask.
fn kept_bytes(keep: u8) -> u64 {
    (0..8).filter(|lane| keep >> lane & 1 == 1).fold(0, |mask, lane| mask | 0xFF << (8 * lane))
}

/// The image: the frames with the parser model's verdict, descriptor fields and payload XOR.
pub fn rx_self_test_image() -> SelfTestImage {
    let config = board_parser_config();
    let frames = rx_self_test_frames()
        .into_iter()
        .map(|frame| {
            let parsed = parse(&frame.bytes, frame.mac_error, &config);
            let d = &parsed.descriptor;
            let expected = ExpectedFrame {
                verdict: parsed.verdict,
                opcode: d.opcode as u8,
                dest_qp: d.dest_qp as u32,
                psn: d.psn as u32,
                payload_length: d.payload_length as u16,
                has_payload: d.has_payload != 0,
                payload_xor: parsed.payload.iter().fold(0, |acc, beat| acc ^ (beat.data & kept_bytes(beat.keep))),
            };
            ImageFrame { bytes: frame.bytes, mac_error: frame.mac_error, expected }
        })
        .collect();
    SelfTestImage { frames }
}
