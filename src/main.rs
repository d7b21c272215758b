//! The `numcheck` command: see `numcheck --help` and the [`cli`] module.

mod cli;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let status = cli::run(cli::Cli::parse());
    std::process::ExitCode::from(status as u8)
}
