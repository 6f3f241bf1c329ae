//! The BIOS-side vault (docs/vault.md): save memory regions to the vault disk on
//! power loss, restore and verify them on the next boot.
//!
//! The disk holds two slots. A save writes into the slot that does not hold the newest committed
//! image, header first and commit record last (each flushed), so a save that dies at any point
//! leaves the previous image intact and its own image visibly incomplete. Restore takes the newest
//! image and refuses it, saying why, unless every record checks out; it never falls back to an
//! older image on its own (that would bring back stale memory silently) — the user names it.

mod error;
mod format;
mod io;
mod read;
mod save;
mod regions;
mod slots;

pub use error::VaultError;
pub use format::{Region, VERSION};
pub use io::BLOCK as BLOCK_BYTES;
pub use read::{inspect, restore, verify, ImageSummary, RestoreReport, VerifyReport};
pub use save::{format_disk, save, SaveOptions, SaveReport};
pub use slots::{half_of, SLOT_ALIGN};
