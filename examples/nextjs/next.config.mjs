/** @type {import('next').NextConfig} */
export default {
  // The example lives inside the kit's repository; this folder is its own root.
  turbopack: { root: import.meta.dirname },
};
