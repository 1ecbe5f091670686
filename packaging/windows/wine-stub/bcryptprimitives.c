/* A stand-in for Windows' bcryptprimitives.dll, for running seatplan.exe under Wine 8 only.
 *
 * Rust's standard library (since 1.78) gets random bytes from ProcessPrng in bcryptprimitives.dll,
 * which every supported Windows (10 and later) has, but Wine before 9 does not. wine-check.sh
 * builds this file with MinGW and puts the DLL beside seatplan.exe inside its throwaway Wine
 * prefix; it is never shipped. It forwards to RtlGenRandom (advapi32's SystemFunction036).
 */
#include <windows.h>

typedef BOOLEAN(WINAPI *gen_random_fn)(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    HMODULE advapi = LoadLibraryA("advapi32.dll");
    gen_random_fn gen_random =
        advapi ? (gen_random_fn)(void *)GetProcAddress(advapi, "SystemFunction036") : NULL;
    if (!gen_random) return FALSE;
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!gen_random(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
