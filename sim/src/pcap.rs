//! A minimal pcap writer (microsecond timestamps, Ethernet link type): what tshark and scapy read.

use std::io::{self, Write};

/// Writes `frames` (Ethernet without FCS) as a pcap, one per microsecond.
pub fn write(path: &std::path::Path, frames: &[Vec<u8>]) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    // Magic, version 2.4, GMT offset, accuracy, snap length, link type 1 (Ethernet).
    out.write_all(&0xA1B2_C3D4u32.to_le_bytes())?;
    out.write_all(&2u16.to_le_bytes())?;
    out.write_all(&4u16.to_le_bytes())?;
    out.write_all(&[0; 8])?;
    out.write_all(&65535u32.to_le_bytes())?;
    out.write_all(&1u32.to_le_bytes())?;
    for (i, frame) in frames.iter().enumerate() {
        let len = frame.len() as u32;
        out.write_all(&((i / 1_000_000) as u32).to_le_bytes())?;
        out.write_all(&((i % 1_000_000) as u32).to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(frame)?;
    }
    out.flush()
}

/// Writes `frames` (nanoseconds since the capture began, Ethernet without FCS) as a pcap with
/// nanosecond timestamps.
pub fn write_timed(path: &std::path::Path, frames: &[(u64, Vec<u8>)]) -> io::Result<()> {
    let mut out = io::BufWriter::new(std::fs::File::create(path)?);
    out.write_all(&0xA1B2_3C4Du32.to_le_bytes())?;
    out.write_all(&2u16.to_le_bytes())?;
    out.write_all(&4u16.to_le_bytes())?;
    out.write_all(&[0; 8])?;
    out.write_all(&65535u32.to_le_bytes())?;
    out.write_all(&1u32.to_le_bytes())?;
    for (ns, frame) in frames {
        let len = frame.len() as u32;
        out.write_all(&((ns / 1_000_000_000) as u32).to_le_bytes())?;
        out.write_all(&((ns % 1_000_000_000) as u32).to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(frame)?;
    }
    out.flush()
}
