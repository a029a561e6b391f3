// What the bundle gives commander for `require("node:child_process")`. commander loads child_process (and with
// it net, dgram and streams) on start-up for one use, running a subcommand that is a separate executable, which
// xfill never does; loading it only when spawn is called saves every command that start-up cost.
module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };
