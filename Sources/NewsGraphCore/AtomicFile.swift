import Foundation

/// Writes files so that a crash or kill leaves the old file or the new one,
/// never half of one: the bytes go to a temporary file beside the target,
/// which is then renamed over it.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { file in try file.write(contentsOf: data) }
    }

    /// Writes what `produce` hands to the file as it comes, so large output
    /// is never held whole; the target is replaced only when all of it is written.
    public static func write(to path: String, _ produce: (FileHandle) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(path: path, reason: "folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw FileError(path: path, reason: "cannot be written (folder \(directory.path) is not writable?)")
            }
            let file = try FileHandle(forWritingTo: temporary)
            defer { try? file.close() }
            try produce(file)
        } catch let error as FileError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: path, reason: "cannot be written (\(error.localizedDescription))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: path, reason: "cannot be replaced (\(reason))")
        }
    }
}
