//! `nicctl vault …`: the BIOS side of the power-loss vault (library: `nicctl::vault`).

use crate::progress::Progress;
use crate::table;
use clap::Subcommand;
use nicctl::vault::{self, SaveOptions};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum Vault {
    /// Prepare a vault disk: create (or resize) a file disk and blank both image slots.
    ///
    /// Example: `nicctl vault format --disk vault.img --size 256M`
    Format {
        /// Vault disk: a file or a block device.
        #[arg(long)]
        disk: PathBuf,
        /// Size of a file disk (suffixes K, M, G: powers of 1024). It must hold two images.
        #[arg(long, value_parser = parse_size)]
        size: Option<u64>,
        /// Wipe the disk even though it holds a committed image (the saved memory is lost).
        #[arg(long)]
        force: bool,
    },
    /// Save memory regions (files or block devices) as a new image; the previous committed image
    /// stays intact until this one is committed.
    ///
    /// Example: `nicctl vault save --disk vault.img --region mem0.bin --region mem1.bin`
    Save {
        /// The vault disk: a file or a block device.
        #[arg(long)]
        disk: PathBuf,
        /// A memory region to save (repeat for several, up to 8; saved and restored in this order).
        #[arg(long = "region", required = true)]
        regions: Vec<PathBuf>,
        /// Bytes per chunk (checksum and write unit; whole 4 KiB blocks; suffixes K, M, G).
        #[arg(long, value_parser = parse_size, default_value = "4M")]
        chunk_size: u64,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
        /// Fault injection for tests: abort the process right after this many chunks are written.
        #[arg(long, hide = true)]
        fault_abort_after_chunks: Option<u64>,
    },
    /// Check an image completely, then restore it into memory; a torn image is refused and
    /// nothing is written.
    ///
    /// Example: `nicctl vault restore --disk vault.img` (into the regions it was saved from)
    Restore {
        /// The vault disk: a file or a block device.
        #[arg(long)]
        disk: PathBuf,
        /// Restore into these regions instead of the ones the image was saved from (same count and sizes).
        #[arg(long = "region")]
        regions: Vec<PathBuf>,
        /// Restore this image instead of the newest (e.g. the intact one after a failed save).
        #[arg(long)]
        sequence: Option<u64>,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check an image completely and compare it byte by byte with memory.
    ///
    /// Example: `nicctl vault verify --disk vault.img --region mem0.bin --region mem1.bin`
    Verify {
        /// The vault disk: a file or a block device.
        #[arg(long)]
        disk: PathBuf,
        /// A memory region (repeat for several, in the order they were saved).
        #[arg(long = "region")]
        regions: Vec<PathBuf>,
        /// This image (by sequence number) instead of the newest.
        #[arg(long)]
        sequence: Option<u64>,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// What each slot of a vault disk holds.
    ///
    /// Example: `nicctl vault status --disk vault.img --json`
    Status {
        /// The vault disk: a file or a block device.
        #[arg(long)]
        disk: PathBuf,
        /// Print the result as JSON (for scripts) instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// "4096", "64K", "4M", "1G" → bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let (digits, shift) = match text.trim().to_ascii_uppercase() {
        t if t.ends_with('K') => (t[..t.len() - 1].to_owned(), 10),
        t if t.ends_with('M') => (t[..t.len() - 1].to_owned(), 20),
        t if t.ends_with('G') => (t[..t.len() - 1].to_owned(), 30),
        t => (t, 0),
    };
    let value: u64 = digits.parse().map_err(|_| format!("`{text}` is not a size (e.g. 4096, 64K, 4M, 1G)"))?;
    value.checked_mul(1 << shift).ok_or_else(|| format!("`{text}` is too large"))
}

fn print_json(value: &impl serde::Serialize) {
    println!("{}", serde_json::to_string_pretty(value).expect("reports serialise"));
}

fn regions_text(regions: &[(String, u64)]) -> String {
    regions.iter().map(|(name, bytes)| format!("{name} ({bytes} B)")).collect::<Vec<_>>().join(", ")
}

pub fn run(command: Vault) -> Result<(), String> {
    let text = |e: vault::VaultError| e.to_string();
    match command {
        Vault::Format { disk, size, force } => {
            if let Some(size) = size.filter(|s| vault::half_of(*s) == 0) {
                return Err(format!("--size {size}: a vault disk holds two images of at least {} bytes each", vault::SLOT_ALIGN));
            }
            // A committed image is memory someone saved: never wiped without being asked to.
            let committed: Vec<String> = match vault::inspect(&disk) {
                Ok(slots) => slots.iter().filter(|s| s.state == "committed").map(|s| s.sequence.map_or("?".into(), |q| q.to_string())).collect(),
                Err(_) => Vec::new(),
            };
            if !committed.is_empty() && !force {
                return Err(format!("{} holds committed image {}: add --force to wipe it", disk.display(), committed.join(" and ")));
            }
            let bytes = vault::format_disk(&disk, size).map_err(text)?;
            println!("{}: {bytes} bytes, both slots blank", disk.display());
        }
        Vault::Save { disk, regions, chunk_size, json, fault_abort_after_chunks } => {
            let mut bar = Progress::new("saving");
            let mut on_chunk = |done: u64, total: u64| {
                bar.update(done, total);
                if Some(done) == fault_abort_after_chunks {
                    std::process::abort(); // as abrupt as a power cut for this process's writes
                }
                true
            };
            let report = vault::save(&regions, &disk, &SaveOptions { chunk_bytes: chunk_size }, &mut on_chunk).map_err(text)?;
            if json {
                print_json(&report);
            } else {
                println!(
                    "saved image {} to slot {} of {}: {} bytes in {} chunks, {:.3} s, {:.0} MB/s{}",
                    report.sequence,
                    report.slot,
                    report.disk.display(),
                    report.payload_bytes,
                    report.chunks,
                    report.seconds,
                    report.megabytes_per_second,
                    if report.direct_io { " (direct I/O)" } else { " (buffered: the filesystem refuses direct I/O)" }
                );
            }
        }
        Vault::Restore { disk, regions, sequence, json } => {
            let report = vault::restore(&disk, sequence, &regions).map_err(text)?;
            if json {
                print_json(&report);
            } else {
                println!(
                    "restored image {} into {}: {} bytes checked and written in {:.3} s ({:.0} MB/s)",
                    report.sequence,
                    regions_text(&report.regions),
                    report.payload_bytes,
                    report.seconds,
                    report.megabytes_per_second
                );
            }
        }
        Vault::Verify { disk, regions, sequence, json } => {
            let report = vault::verify(&disk, sequence, &regions).map_err(text)?;
            if json {
                print_json(&report);
            } else {
                println!("image {} matches {} byte for byte ({} bytes)", report.sequence, regions_text(&report.regions), report.payload_bytes);
            }
        }
        Vault::Status { disk, json } => {
            let slots = vault::inspect(&disk).map_err(text)?;
            if json {
                print_json(&slots);
            } else {
                let rows: Vec<Vec<String>> = slots
                    .iter()
                    .map(|s| {
                        vec![
                            s.slot.to_string(),
                            s.sequence.map_or("-".into(), |q| q.to_string()),
                            s.state.clone(),
                            s.payload_bytes.to_string(),
                            regions_text(&s.regions),
                        ]
                    })
                    .collect();
                table::print(&["slot", "image", "state", "bytes", "regions"], &rows);
            }
        }
    }
    Ok(())
}
