//! The power-loss vault under fault injection: torn, truncated, bit-flipped and killed saves are
//! refused with a reason and never restored, and the previous committed image always survives.
//! Seeds print on failure; `NIC_SEED=N` replays one.

use nic_sim::stimulus::{rng, seeds, TestRng};
use nicctl::vault::{self, SaveOptions, VaultError};
use rand::{Rng, RngCore};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Chunk size of the tests: a 4 KiB chunk header and 60 KiB of data.
const CHUNK: u64 = 64 << 10;
const DATA: u64 = CHUNK - 4096;

/// Where chunk `index` of the image in the slot starting at `slot` starts (the commit record
/// follows the last chunk at the next index).
fn chunk_at(slot: u64, index: u64) -> u64 {
    slot + (index + 1) * CHUNK
}

struct Memory {
    dir: tempfile::TempDir,
    regions: Vec<PathBuf>,
}

impl Memory {
    /// Regions of seeded sizes (not block multiples) filled with seeded bytes.
    fn new(rng: &mut TestRng, sizes: &[usize]) -> Memory {
        let dir = tempfile::tempdir().unwrap();
        let regions = sizes
            .iter()
            .enumerate()
            .map(|(i, size)| {
                let path = dir.path().join(format!("mem{i}.bin"));
                std::fs::write(&path, random_bytes(rng, *size)).unwrap();
                path
            })
            .collect();
        Memory { dir, regions }
    }

    fn contents(&self) -> Vec<Vec<u8>> {
        self.regions.iter().map(|p| std::fs::read(p).unwrap()).collect()
    }

    /// Fresh contents in every region (the next power loss saves different memory).
    fn scribble(&self, rng: &mut TestRng) {
        for path in &self.regions {
            let size = std::fs::metadata(path).unwrap().len() as usize;
            std::fs::write(path, random_bytes(rng, size)).unwrap();
        }
    }

    fn disk(&self, bytes: u64) -> PathBuf {
        let disk = self.dir.path().join("vault.img");
        vault::format_disk(&disk, Some(bytes)).unwrap();
        disk
    }

    fn targets(&self, tag: &str) -> Vec<PathBuf> {
        (0..self.regions.len()).map(|i| self.dir.path().join(format!("{tag}{i}.bin"))).collect()
    }

    /// Zeroed regions of the saved sizes to restore into (a restore never creates memory).
    fn blank_targets(&self, tag: &str) -> Vec<PathBuf> {
        let targets = self.targets(tag);
        for (target, region) in targets.iter().zip(&self.regions) {
            std::fs::write(target, vec![0u8; std::fs::metadata(region).unwrap().len() as usize]).unwrap();
        }
        targets
    }
}

fn random_bytes(rng: &mut TestRng, size: usize) -> Vec<u8> {
    let mut bytes = vec![0; size];
    rng.fill_bytes(&mut bytes);
    bytes
}

fn save(memory: &Memory, disk: &Path) -> vault::SaveReport {
    vault::save(&memory.regions, disk, &SaveOptions { chunk_bytes: CHUNK }, &mut |_, _| true).unwrap()
}

/// Restores into zeroed files and returns their contents.
fn restored(memory: &Memory, disk: &Path, sequence: Option<u64>, tag: &str) -> Result<Vec<Vec<u8>>, VaultError> {
    let targets = memory.blank_targets(tag);
    let contents = || targets.iter().map(|p| std::fs::read(p).unwrap()).collect::<Vec<_>>();
    let result = vault::restore(disk, sequence, &targets).map(|_| contents());
    if result.is_err() {
        assert!(contents().iter().flatten().all(|&b| b == 0), "a refused restore wrote nothing");
    }
    result
}

fn with_seed(seed: u64, test: impl FnOnce(&mut TestRng)) {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(&mut rng(seed))));
    if let Err(panic) = result {
        eprintln!("failing seed: NIC_SEED={seed}");
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn images_round_trip_byte_exact_and_verify_finds_the_first_changed_byte() {
    for seed in seeds(&[1, 2, 3]) {
        with_seed(seed, |rng| {
            let sizes: Vec<usize> = (0..rng.gen_range(1..=4)).map(|_| rng.gen_range(1..600_000)).collect();
            let memory = Memory::new(rng, &sizes);
            let disk = memory.disk(8 << 20);
            let saved = save(&memory, &disk);
            assert_eq!(saved.payload_bytes, sizes.iter().sum::<usize>() as u64);
            assert!(restored(&memory, &disk, None, "r").unwrap() == memory.contents(), "restored byte-exact");
            vault::verify(&disk, None, &memory.regions).unwrap();
            // One changed byte of memory: verify names the region and the offset.
            let region = rng.gen_range(0..sizes.len());
            let offset = rng.gen_range(0..sizes[region]);
            let mut bytes = std::fs::read(&memory.regions[region]).unwrap();
            bytes[offset] ^= 0x40;
            std::fs::write(&memory.regions[region], bytes).unwrap();
            match vault::verify(&disk, None, &memory.regions) {
                Err(VaultError::Mismatch { region: name, offset: at }) => {
                    assert_eq!((name, at), (memory.regions[region].display().to_string(), offset as u64))
                }
                other => panic!("verify after a changed byte: {other:?}"),
            }
        });
    }
}

/// Two committed images (1 in slot 0, 2 in slot 1) of different memory; returns their contents.
fn two_images(rng: &mut TestRng, memory: &Memory, disk: &Path) -> [Vec<Vec<u8>>; 2] {
    save(memory, disk);
    let first = memory.contents();
    memory.scribble(rng);
    assert_eq!((save(memory, disk).sequence, save_slot(disk, 2)), (2, 1));
    [first, memory.contents()]
}

fn save_slot(disk: &Path, sequence: u64) -> usize {
    vault::inspect(disk).unwrap().iter().find(|s| s.sequence == Some(sequence)).unwrap().slot
}

#[test]
fn truncation_at_every_chunk_boundary_is_refused_and_the_older_image_survives() {
    let rng = &mut rng(7);
    let memory = Memory::new(rng, &[5 * DATA as usize + 1000, 3000]); // 6 chunks
    let disk = memory.disk(4 << 20);
    let [first, _] = two_images(rng, &memory, &disk);
    let slot = 2 << 20;
    let pristine = std::fs::read(&disk).unwrap();
    let chunk_starts: Vec<u64> = (0..6).map(|i| chunk_at(slot, i)).collect();
    let commit_at = chunk_at(slot, 6);
    // Just the header; every chunk with its header only; every chunk boundary; the commit record missing or cut.
    let cuts = [slot + 4096].into_iter().chain(chunk_starts.iter().map(|c| c + 4096)).chain(chunk_starts.iter().copied()).chain([commit_at, commit_at + 100]);
    for cut in cuts {
        std::fs::write(&disk, &pristine[..cut as usize]).unwrap();
        match restored(&memory, &disk, None, "t") {
            Err(e @ VaultError::Truncated { sequence: 2, intact: Some(1), .. }) => {
                assert!(e.to_string().contains("--sequence 1"), "{e}")
            }
            other => panic!("cut at {cut}: {:?}", other.err()),
        }
        assert!(restored(&memory, &disk, Some(1), "t").unwrap() == first, "image 1 intact after a cut at {cut}");
        for target in memory.targets("t") {
            std::fs::remove_file(target).unwrap();
        }
    }
    // Cutting into slot 0's only image of a fresh disk: refused, nothing else to offer.
    let single = Memory::new(rng, &[3 * DATA as usize]);
    let disk = single.disk(4 << 20);
    save(&single, &disk);
    let pristine = std::fs::read(&disk).unwrap();
    for cut in [4096 + 100, chunk_at(0, 1), chunk_at(0, 3)] {
        std::fs::write(&disk, &pristine[..cut as usize]).unwrap();
        assert!(matches!(restored(&single, &disk, None, "t"), Err(VaultError::Truncated { intact: None, .. })), "cut at {cut}");
    }
}

#[test]
fn a_flipped_bit_anywhere_in_the_image_is_refused_or_harmless_padding() {
    for seed in seeds(&[11, 12]) {
        with_seed(seed, |rng| {
            let memory = Memory::new(rng, &[4 * DATA as usize + 777, 1234]); // 5 chunks, the last of 2011 bytes
            let disk = memory.disk(4 << 20);
            let [first, second] = two_images(rng, &memory, &disk);
            let slot: u64 = 2 << 20;
            let commit_at = chunk_at(slot, 5);
            let image_end = commit_at + 4096;
            // Outside every checksum, and never read: the rest of the header's chunk-sized unit,
            // and the last chunk's zero padding and unwritten tail.
            let unused = |at: u64| (slot + 4096..chunk_at(slot, 0)).contains(&at) || (chunk_at(slot, 4) + 4096 + 2011..commit_at).contains(&at);
            let pristine = std::fs::read(&disk).unwrap();
            let (mut refused, mut harmless) = (0, 0);
            for trial in 0..120 {
                // Half the flips in the 4 KiB records (header, chunk headers, commit), half anywhere.
                let at = if trial % 2 == 0 {
                    let records: Vec<u64> = [slot].into_iter().chain((0..5).map(|i| chunk_at(slot, i))).chain([commit_at]).collect();
                    records[rng.gen_range(0..records.len())] + rng.gen_range(0..4096)
                } else {
                    rng.gen_range(slot..image_end)
                };
                let mut bytes = pristine.clone();
                bytes[at as usize] ^= 1 << rng.gen_range(0..8);
                std::fs::write(&disk, &bytes).unwrap();
                match restored(&memory, &disk, None, "f") {
                    Err(VaultError::DamagedSlot { slot: 1, intact: Some(1), .. } | VaultError::BadChunk { sequence: 2, intact: Some(1), .. } | VaultError::Incomplete { sequence: 2, intact: Some(1), .. }) => {
                        refused += 1
                    }
                    Ok(contents) => {
                        assert!(unused(at), "flip at {at} restored");
                        assert!(contents == second, "the padding flip changed nothing");
                        harmless += 1;
                    }
                    Err(other) => panic!("flip at {at}: {other}"),
                }
                let _ = memory.targets("f").iter().try_for_each(std::fs::remove_file);
                assert!(restored(&memory, &disk, Some(1), "o").unwrap() == first, "image 1 intact");
                memory.targets("o").iter().try_for_each(std::fs::remove_file).unwrap();
            }
            assert!(refused > 80, "{refused} refused, {harmless} harmless");
        });
    }
}

#[test]
fn wrong_version_wrong_sizes_and_bad_arguments_are_clear_errors() {
    let rng = &mut rng(5);
    let memory = Memory::new(rng, &[100_000, 5_000]);
    let disk = memory.disk(2 << 20);
    save(&memory, &disk);
    // A target of another size is refused before anything is written.
    let targets = memory.blank_targets("w");
    std::fs::write(&targets[1], vec![7u8; 4_999]).unwrap();
    let error = vault::restore(&disk, None, &targets).unwrap_err();
    assert!(matches!(error, VaultError::WrongRegions(_)) && error.to_string().contains("4999 bytes"), "{error}");
    assert!(std::fs::read(&targets[0]).unwrap() == vec![0u8; 100_000] && std::fs::read(&targets[1]).unwrap() == vec![7u8; 4_999]);
    // A missing region is refused, never created.
    std::fs::remove_file(&targets[1]).unwrap();
    let error = vault::restore(&disk, None, &targets).unwrap_err();
    assert!(error.to_string().contains("does not exist") && !targets[1].exists(), "{error}");
    let error = vault::restore(&disk, None, &targets[..1]).unwrap_err();
    assert!(error.to_string().contains("has 2 regions"), "{error}");
    assert!(matches!(vault::restore(&disk, Some(9), &[]), Err(VaultError::NoSuchImage { sequence: 9, .. })));
    // A version-2 header in slot 0 (sealed or not, its version is read first).
    let mut bytes = std::fs::read(&disk).unwrap();
    bytes[8] = 2;
    std::fs::write(&disk, &bytes).unwrap();
    let error = vault::restore(&disk, None, &memory.targets("v")).unwrap_err();
    assert!(error.to_string().contains("version 2 image (this nicctl reads version 1)"), "{error}");
    // Too small a disk, nothing to save, a blank disk, a disk of foreign data.
    let small = memory.dir.path().join("small.img");
    vault::format_disk(&small, Some(2 << 20)).unwrap();
    let large = Memory::new(rng, &[1 << 20]);
    let error = vault::save(&large.regions, &small, &SaveOptions { chunk_bytes: CHUNK }, &mut |_, _| true).unwrap_err();
    assert!(matches!(error, VaultError::DiskTooSmall { .. }), "{error}");
    assert!(matches!(vault::save(&[], &small, &SaveOptions::default(), &mut |_, _| true), Err(VaultError::Usage(_))));
    assert!(matches!(vault::restore(&small, None, &[]), Err(VaultError::NoImage { .. })));
    std::fs::write(&small, vec![0x5a; 2 << 20]).unwrap();
    assert!(matches!(vault::restore(&small, None, &[]), Err(VaultError::DamagedSlot { slot: 0, intact: None, .. })));
}

fn nicctl(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_nicctl")).args(args).output().expect("nicctl runs")
}

fn save_args<'a>(memory: &'a Memory, disk: &'a Path) -> Vec<&'a str> {
    let mut args = vec!["vault", "save", "--disk", disk.to_str().unwrap(), "--chunk-size", "64K"];
    for region in &memory.regions {
        args.extend(["--region", region.to_str().unwrap()]);
    }
    args
}

#[test]
fn a_save_that_dies_after_any_chunk_leaves_the_previous_image_restorable() {
    let rng = &mut rng(21);
    let memory = Memory::new(rng, &[6 * DATA as usize, 10_000]); // 7 chunks
    let disk = memory.disk(4 << 20);
    let [_, newest] = two_images(rng, &memory, &disk);
    let mut sequence = 2;
    // After the first chunk, in the middle, after the last chunk (just before the commit record).
    for abort_after in ["1", "4", "7"] {
        memory.scribble(rng);
        let mut args = save_args(&memory, &disk);
        args.extend(["--fault-abort-after-chunks", abort_after]);
        assert!(!nicctl(&args).status.success(), "the save was aborted after chunk {abort_after}");
        sequence += 1;
        let status: serde_json::Value = serde_json::from_slice(&nicctl(&["vault", "status", "--disk", disk.to_str().unwrap(), "--json"]).stdout).unwrap();
        let torn = status.as_array().unwrap().iter().find(|s| s["sequence"] == sequence).expect("the torn image is listed");
        assert!(torn["state"].as_str().unwrap().starts_with("incomplete"), "{status}");
        let out = nicctl(&["vault", "restore", "--disk", disk.to_str().unwrap()]);
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && message.contains(&format!("refusing to restore image {sequence}: incomplete")) && message.contains("--sequence 2"), "{message}");
        assert!(restored(&memory, &disk, Some(2), "k").unwrap() == newest, "image 2 intact after abort at {abort_after}");
        memory.targets("k").iter().try_for_each(std::fs::remove_file).unwrap();
    }
    // The next save that finishes is the newest image, and restores byte-exact.
    memory.scribble(rng);
    assert!(nicctl(&save_args(&memory, &disk)).status.success());
    assert!(restored(&memory, &disk, None, "n").unwrap() == memory.contents(), "the new image restored byte-exact");
}

#[test]
fn a_save_killed_at_a_random_moment_is_either_committed_or_refused() {
    for seed in seeds(&[31, 32, 33, 34, 35]) {
        with_seed(seed, |rng| {
            let memory = Memory::new(rng, &[24 << 20]);
            let disk = memory.disk(64 << 20);
            save(&memory, &disk);
            let first = memory.contents();
            memory.scribble(rng);
            let mut child = Command::new(env!("CARGO_BIN_EXE_nicctl")).args(save_args(&memory, &disk)).spawn().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(rng.gen_range(0..120)));
            child.kill().unwrap(); // SIGKILL
            let finished = child.wait().unwrap().success();
            let second = vault::inspect(&disk).unwrap().into_iter().find(|s| s.sequence == Some(2));
            let restore = restored(&memory, &disk, None, "s");
            match (second.as_ref().map(|s| s.state.as_str()), restore) {
                // Killed before it wrote its header: image 1 is still the newest.
                (None, Ok(contents)) => assert!(!finished && contents == first, "image 1 restored"),
                (Some("committed"), Ok(contents)) => assert!(contents == memory.contents(), "the committed image is the new memory"),
                (Some(state), Err(VaultError::Incomplete { sequence: 2, intact: Some(1), .. })) if state.starts_with("incomplete") => {
                    assert!(!finished);
                    assert!(restored(&memory, &disk, Some(1), "p").unwrap() == first, "image 1 intact");
                }
                (state, restore) => panic!("image 2 {state:?}, restore: {:?}", restore.err()),
            }
        });
    }
}

#[test]
fn a_restore_from_another_directory_finds_the_memory_that_was_saved() {
    let rng = &mut rng(31);
    let memory = Memory::new(rng, &[70_000]);
    let disk = memory.disk(2 << 20);
    // Saved with a path relative to the memory's directory…
    let saved = Command::new(env!("CARGO_BIN_EXE_nicctl"))
        .current_dir(memory.dir.path())
        .args(["vault", "save", "--disk", "vault.img", "--chunk-size", "64K", "--region", "mem0.bin"])
        .output()
        .unwrap();
    assert!(saved.status.success(), "{}", String::from_utf8_lossy(&saved.stderr));
    let contents = memory.contents();
    memory.scribble(rng);
    // …restored from elsewhere: into the same file, and no region appears where the command ran.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nicctl"))
        .current_dir(elsewhere.path())
        .args(["vault", "restore", "--disk", disk.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(memory.contents() == contents, "the saved region restored in place");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing created in the working directory");
    // A region that is gone is refused, not re-created.
    std::fs::remove_file(&memory.regions[0]).unwrap();
    let out = nicctl(&["vault", "restore", "--disk", disk.to_str().unwrap()]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!memory.regions[0].exists());
}
