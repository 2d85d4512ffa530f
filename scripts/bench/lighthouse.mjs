// placeholder
export async function lighthouse() {}
