import { createApp } from 'vue';
import 'prp-widgets'; // registers every element
import App from './App.vue';

createApp(App).mount('#app');
