//! The Rust ICRC model against scapy's RoCE layer on seeded random RoCEv2 frames.

use nic_sim::models::icrc::{icrc, icrc_bytes};
use nic_sim::python::python;
use nic_sim::stimulus::{rng, seeds, TestRng};
use rand::Rng;
use std::io::Write;
use std::process::{Command, Stdio};

/// An RC frame with random addresses, header fields (including the masked ones) and payload.
fn random_frame(rng: &mut TestRng) -> Vec<u8> {
    let payload_len: usize = rng.gen_range(0..=96);
    let pad = (4 - payload_len % 4) % 4;
    let body = 12 + payload_len + pad + 4; // BTH, payload, pad, ICRC
    let mut f = Vec::new();
    f.extend((0..12).map(|_| rng.gen::<u8>()));
    f.extend([0x08, 0x00]);
    let ip_total = (20 + 8 + body) as u16;
    f.extend([0x45, rng.gen()]);
    f.extend(ip_total.to_be_bytes());
    f.extend(rng.gen::<u16>().to_be_bytes());
    f.extend([0x40, 0x00, rng.gen(), 17]);
    f.extend(rng.gen::<u16>().to_be_bytes()); // header checksum: masked, any value
    f.extend((0..8).map(|_| rng.gen::<u8>()));
    f.extend(rng.gen::<u16>().to_be_bytes());
    f.extend(4791u16.to_be_bytes());
    f.extend(((8 + body) as u16).to_be_bytes());
    f.extend(rng.gen::<u16>().to_be_bytes()); // UDP checksum: masked
    let opcode = rng.gen_range(0x00..=0x17u8);
    f.extend([opcode, (rng.gen::<u8>() & 0xc0) | (pad as u8) << 4]);
    f.extend(rng.gen::<u16>().to_be_bytes());
    f.push(rng.gen()); // FECN/BECN/reserved: masked
    f.extend(&rng.gen::<u32>().to_be_bytes()[1..]);
    f.push(rng.gen::<u8>() & 0x80);
    f.extend(&rng.gen::<u32>().to_be_bytes()[1..]);
    f.extend((0..payload_len + pad).map(|_| rng.gen::<u8>()));
    f
}

#[test]
fn icrc_matches_scapy_on_random_frames() {
    for seed in seeds(&[1, 2]) {
        let mut rng = rng(seed);
        let frames: Vec<Vec<u8>> = (0..500).map(|_| random_frame(&mut rng)).collect();
        let mut child = Command::new(python())
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/scapy_icrc.py"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python runs");
        let input: String = frames.iter().map(|f| f.iter().map(|b| format!("{b:02x}")).collect::<String>() + "\n").collect();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "scapy failed");
        let answers: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
        assert_eq!(answers.len(), frames.len());
        for (n, (frame, scapy)) in frames.iter().zip(&answers).enumerate() {
            let ours: String = icrc_bytes(icrc(frame).unwrap()).iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(&ours, scapy, "seed {seed}, frame {n}: {frame:02x?}");
        }
    }
}
