// satchel_translations only carries the embedded .qm resources; this file gives it an object.
namespace Satchel {
int translationsAnchor() { return 0; }
} // namespace Satchel
